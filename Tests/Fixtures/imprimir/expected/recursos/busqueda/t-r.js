window.LIBRO_BUSQUEDA.recibir("t-r",{"r":[1,[4,1,5,1]]});
