window.LIBRO_BUSQUEDA.recibir("t-ba",{"bass":[1,[4,1,5,1]]});
