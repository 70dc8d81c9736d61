window.LIBRO_BUSQUEDA.recibir("t-ve",{"vez":[1,[4,1,4,1]]});
