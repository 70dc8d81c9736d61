window.LIBRO_BUSQUEDA.recibir("t-wh",{"what":[1,[1,1,3,1]]});
