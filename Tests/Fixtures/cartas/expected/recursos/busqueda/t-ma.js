window.LIBRO_BUSQUEDA.recibir("t-ma",{"mart":[1,[2,1,4,1]],"material":[3,[2,1,4,2,1,3,1,1,1,1,2,1,1,3,3,1,2,1,5,1]]});
