window.LIBRO_BUSQUEDA.recibir("t-fr",{"francisc":[1,[1,1,3,1]]});
