window.LIBRO_BUSQUEDA.recibir("t-j",{"j":[1,[1,1,3,1]]});
