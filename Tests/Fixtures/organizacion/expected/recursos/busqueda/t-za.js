window.LIBRO_BUSQUEDA.recibir("t-za",{"zarc":[3,[35,1,51,1,8,1,36,1,1,1,1,1]]});
