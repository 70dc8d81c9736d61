window.LIBRO_BUSQUEDA.recibir("t-ma",{"mart":[1,[2,1,4,1]],"material":[3,[2,1,4,2,3,3,5,1,6,1,8,1,4,3,11,1,13,1,18,1]]});
