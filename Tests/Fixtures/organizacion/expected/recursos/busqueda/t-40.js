window.LIBRO_BUSQUEDA.recibir("t-40",{"40":[1,[38,1,61,1]]});
