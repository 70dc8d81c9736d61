window.LIBRO_BUSQUEDA.recibir("t-ww",{"www":[1,[1,1,3,1]]});
