window.LIBRO_BUSQUEDA.recibir("t-17",{"17":[1,[2,1,4,3]]});
