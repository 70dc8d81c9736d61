window.LIBRO_BUSQUEDA.recibir("t-fr",{"francisc":[1,[4,1,5,1]]});
