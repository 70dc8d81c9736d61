window.LIBRO_BUSQUEDA.recibir("t-le",{"lechug":[1,[4,1,4,1]]});
