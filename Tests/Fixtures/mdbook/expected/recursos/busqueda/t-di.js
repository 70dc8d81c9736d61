window.LIBRO_BUSQUEDA.recibir("t-di",{"dia":[1,[3,1,3,1]],"dice":[1,[4,1,4,1]]});
