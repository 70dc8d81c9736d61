window.LIBRO_BUSQUEDA.recibir("t-de",{"debaj":[1,[6,1,7,1]],"despu":[1,[4,1,4,1]]});
