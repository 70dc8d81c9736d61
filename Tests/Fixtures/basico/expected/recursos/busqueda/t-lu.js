window.LIBRO_BUSQUEDA.recibir("t-lu",{"lucr":[1,[8,1,10,1]]});
