window.LIBRO_BUSQUEDA.recibir("t-r",{"r":[1,[30,1,43,1]]});
