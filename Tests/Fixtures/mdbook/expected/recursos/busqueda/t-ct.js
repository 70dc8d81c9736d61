window.LIBRO_BUSQUEDA.recibir("t-ct",{"ctrl":[1,[4,1,4,1]]});
