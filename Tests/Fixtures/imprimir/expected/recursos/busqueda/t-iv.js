window.LIBRO_BUSQUEDA.recibir("t-iv",{"ivan":[1,[4,1,5,1]]});
