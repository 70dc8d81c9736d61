window.LIBRO_BUSQUEDA.recibir("t-7",{"7":[1,[4,1,5,1]]});
