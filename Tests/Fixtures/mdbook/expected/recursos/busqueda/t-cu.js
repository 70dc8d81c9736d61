window.LIBRO_BUSQUEDA.recibir("t-cu",{"cuant":[1,[5,1,6,5]]});
