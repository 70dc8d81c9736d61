window.LIBRO_BUSQUEDA.recibir("t-ch",{"challeng":[1,[4,1,5,1]]});
