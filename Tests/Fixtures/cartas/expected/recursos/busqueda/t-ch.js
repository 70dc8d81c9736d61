window.LIBRO_BUSQUEDA.recibir("t-ch",{"challeng":[1,[1,1,3,1]]});
