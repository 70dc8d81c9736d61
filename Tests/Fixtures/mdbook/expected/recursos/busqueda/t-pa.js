window.LIBRO_BUSQUEDA.recibir("t-pa",{"pagin":[1,[4,1,4,1]],"paso":[1,[2,1,2,1]]});
