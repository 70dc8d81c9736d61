window.LIBRO_BUSQUEDA.recibir("t-i",{"i":[1,[2,2,2,10,1,10]]});
