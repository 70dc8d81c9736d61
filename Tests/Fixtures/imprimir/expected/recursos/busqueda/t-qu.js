window.LIBRO_BUSQUEDA.recibir("t-qu",{"qued":[1,[3,1,4,1]]});
