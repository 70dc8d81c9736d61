window.LIBRO_BUSQUEDA.recibir("t-si",{"sigu":[1,[3,1,4,1]],"siti":[1,[0,1,0,1]]});
