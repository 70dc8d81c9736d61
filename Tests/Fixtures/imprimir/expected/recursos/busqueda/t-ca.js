window.LIBRO_BUSQUEDA.recibir("t-ca",{"ca":[1,[4,1,5,1]],"capitul":[2,[1,1,1,1,2,1,3,1]]});
