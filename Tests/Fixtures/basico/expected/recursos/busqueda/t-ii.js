window.LIBRO_BUSQUEDA.recibir("t-ii",{"ii":[1,[3,1,4,10]]});
