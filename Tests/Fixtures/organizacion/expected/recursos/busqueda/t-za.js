window.LIBRO_BUSQUEDA.recibir("t-za",{"zarc":[3,[35,1,51,1,43,1,87,1,44,1,88,1]]});
