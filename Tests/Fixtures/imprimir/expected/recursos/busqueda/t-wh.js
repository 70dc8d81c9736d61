window.LIBRO_BUSQUEDA.recibir("t-wh",{"what":[1,[4,1,5,1]]});
