window.LIBRO_BUSQUEDA.recibir("t-ca",{"caer":[1,[5,1,5,1]],"capitul":[2,[4,1,4,1,3,1,4,1]],"caracol":[1,[6,1,7,1]],"casa":[1,[0,1,0,10]],"cascar":[1,[6,1,7,1]],"casi":[1,[4,1,4,1]]});
