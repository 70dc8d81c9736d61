window.LIBRO_BUSQUEDA.recibir("t-op",{"optim":[1,[41,2,81,1,1,1]]});
