window.LIBRO_BUSQUEDA.recibir("t-ww",{"www":[1,[4,1,5,1]]});
