window.LIBRO_BUSQUEDA.recibir("t-16",{"16":[1,[2,1,4,2]]});
