window.LIBRO_BUSQUEDA.recibir("t-ge",{"gent":[1,[4,1,5,1]]});
