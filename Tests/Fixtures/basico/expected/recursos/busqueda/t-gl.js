window.LIBRO_BUSQUEDA.recibir("t-gl",{"glosari":[1,[8,2,9,10,1,10]]});
