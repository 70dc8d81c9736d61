window.LIBRO_BUSQUEDA.recibir("t-pa",{"paid":[1,[4,1,5,1]],"paquet":[1,[3,1,4,2]],"part":[1,[2,1,2,1]],"pasa":[1,[3,1,4,1]]});
