window.LIBRO_BUSQUEDA.recibir("t-ef",{"efectiv":[1,[4,1,5,1]]});
