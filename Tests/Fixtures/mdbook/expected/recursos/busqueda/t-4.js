window.LIBRO_BUSQUEDA.recibir("t-4",{"4":[1,[6,1,7,10]]});
