window.LIBRO_BUSQUEDA.recibir("t-di",{"dice":[1,[3,1,6,1]]});
