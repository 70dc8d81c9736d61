window.LIBRO_BUSQUEDA.recibir("t-ve",{"ver":[1,[3,1,8,1]]});
