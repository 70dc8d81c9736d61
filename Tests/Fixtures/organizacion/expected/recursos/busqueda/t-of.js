window.LIBRO_BUSQUEDA.recibir("t-of",{"ofrecerl":[1,[38,1,62,1]]});
