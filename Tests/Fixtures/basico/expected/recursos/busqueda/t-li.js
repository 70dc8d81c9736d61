window.LIBRO_BUSQUEDA.recibir("t-li",{"libr":[1,[4,1,5,11]]});
