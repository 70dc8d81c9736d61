window.LIBRO_BUSQUEDA.recibir("t-vu",{"vuelv":[1,[3,1,5,1]]});
