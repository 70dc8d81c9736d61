window.LIBRO_BUSQUEDA.recibir("t-ma",{"mal":[1,[3,1,4,1]]});
