window.LIBRO_BUSQUEDA.recibir("t-sa",{"san":[1,[4,1,5,1]]});
