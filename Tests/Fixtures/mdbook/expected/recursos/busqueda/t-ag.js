window.LIBRO_BUSQUEDA.recibir("t-ag",{"agua":[1,[6,1,7,1]],"agujer":[1,[4,1,4,1]]});
