window.LIBRO_BUSQUEDA.recibir("t-fi",{"fino":[1,[4,1,4,1]]});
