window.LIBRO_BUSQUEDA.recibir("t-si",{"sigl":[1,[1,1,2,1]]});
