window.LIBRO_BUSQUEDA.recibir("t-id",{"identidad":[1,[41,1,76,1]],"identific":[1,[36,1,53,1]]});
