window.LIBRO_BUSQUEDA.recibir("t-ja",{"jabon":[1,[6,1,7,1]]});
